(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["29"] = {"29023":"|fr0mbcui:22","29826":"|fpotignb:66"};
