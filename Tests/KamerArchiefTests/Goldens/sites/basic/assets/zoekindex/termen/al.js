(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["al"] = {"alert":"|fpotignb:20"};
