(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["32"] = {"32852":"|fpotignb:22,64;fr0mbcui:12"};
