(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ov"] = {"over":"|fpotignb:26,28,32"};
