(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["32"] = {"32852":"|fpotignb:22,62;fr0mbcui:12"};
