(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["22"] = {"224":"|fpotignb:22,62;fr0mbcui:12"};
