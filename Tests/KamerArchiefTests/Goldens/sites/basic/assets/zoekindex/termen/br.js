(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["br"] = {"breed":"|fpotignb:24"};
