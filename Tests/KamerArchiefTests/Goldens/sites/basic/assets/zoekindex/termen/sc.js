(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["sc"] = {"script":"|fpotignb:20"};
