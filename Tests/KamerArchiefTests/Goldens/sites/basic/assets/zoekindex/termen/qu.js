(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["qu"] = {"quota":"|fpotignb:10,28,32,54"};
