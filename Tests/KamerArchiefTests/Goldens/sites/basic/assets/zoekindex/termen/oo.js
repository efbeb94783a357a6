(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["oo"] = {"ook":"|fpotignb:22"};
