(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["4"] = {"4":"|fpotignb:68"};
