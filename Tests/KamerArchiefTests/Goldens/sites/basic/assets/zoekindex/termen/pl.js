(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["pl"] = {"plannen":"|fpotignb:26"};
