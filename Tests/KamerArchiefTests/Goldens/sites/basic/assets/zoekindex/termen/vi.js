(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["vi"] = {"via":"|fpotignb:6"};
