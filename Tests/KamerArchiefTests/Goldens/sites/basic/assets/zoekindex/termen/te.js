(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["te"] = {"te":"fr0mbcui:12","ten":"fpotignb:13,19,22,35","terrein":"fpotignb:15"};
