(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["re"] = {"regeldruk":"fpotignb:35,53|fpotignb:28,54"};
