(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["3"] = {"3":"|fpotignb:10,28"};
