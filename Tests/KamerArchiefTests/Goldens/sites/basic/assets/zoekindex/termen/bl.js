(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["bl"] = {"blijven":"|fpotignb:24"};
