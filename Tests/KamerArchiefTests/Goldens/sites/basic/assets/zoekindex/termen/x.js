(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["x"] = {"x":"|fpotignb:20"};
