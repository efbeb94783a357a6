(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["as"] = {"aspecten":"fpotignb:35,53|"};
