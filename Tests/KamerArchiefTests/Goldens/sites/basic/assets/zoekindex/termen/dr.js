(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["dr"] = {"drie":"|fpotignb:4"};
