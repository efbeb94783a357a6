(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["re"] = {"regeldruk":"fpotignb:28,35,53,54"};
