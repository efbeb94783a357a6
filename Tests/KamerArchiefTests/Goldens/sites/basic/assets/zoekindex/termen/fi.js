(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["fi"] = {"financiele":"fpotignb:35,49|"};
