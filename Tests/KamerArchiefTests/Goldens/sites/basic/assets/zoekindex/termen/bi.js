(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["bi"] = {"bij":"|fpotignb:26"};
