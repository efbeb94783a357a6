(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["l"] = {"l":"|fpotignb:68"};
