(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["e"] = {"e":"|fpotignb:62"};
