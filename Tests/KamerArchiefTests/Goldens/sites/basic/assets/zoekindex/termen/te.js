(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["te"] = {"te":"|fr0mbcui:12","ten":"fpotignb:13,19,35|fpotignb:22","terrein":"fpotignb:15|"};
