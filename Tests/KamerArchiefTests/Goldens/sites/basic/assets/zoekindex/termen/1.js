(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["1"] = {"1":"|fpotignb:6,22"};
