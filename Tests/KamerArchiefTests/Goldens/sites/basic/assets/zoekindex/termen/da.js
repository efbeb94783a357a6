(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["da"] = {"dat":"|fpotignb:24;fr0mbcui:6"};
