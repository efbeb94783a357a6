(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["st"] = {"stelt":"|fpotignb:6,10","steunt":"|fpotignb:22","stimuleert":"|fr0mbcui:6","strategie":"_onderwerpen:3|fpotignb:4,20"};
