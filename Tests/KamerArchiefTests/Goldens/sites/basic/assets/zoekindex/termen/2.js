(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["2"] = {"2":"|fpotignb:8,26"};
