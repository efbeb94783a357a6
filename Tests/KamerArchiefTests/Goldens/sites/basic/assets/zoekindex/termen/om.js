(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["om"] = {"omdat":"|fpotignb:28"};
