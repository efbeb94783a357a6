(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["nr"] = {"nr":"|fpotignb:22,62,64;fr0mbcui:12,20,22"};
