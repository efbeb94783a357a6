(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["nr"] = {"nr":"|fpotignb:22,64,66;fr0mbcui:12,20,22"};
