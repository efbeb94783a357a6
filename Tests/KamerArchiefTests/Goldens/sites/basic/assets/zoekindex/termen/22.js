(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["22"] = {"224":"|fpotignb:22,64;fr0mbcui:12"};
