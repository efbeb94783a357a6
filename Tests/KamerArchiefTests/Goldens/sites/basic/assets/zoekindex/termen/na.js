(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["na"] = {"naar":"|fpotignb:8","nationaal":"_onderwerpen:1|fr0mbcui:6","nationale":"_onderwerpen:3|fpotignb:26"};
