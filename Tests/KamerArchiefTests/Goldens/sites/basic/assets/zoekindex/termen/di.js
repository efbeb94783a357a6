(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["di"] = {"die":"_onderwerpen:1|fpotignb:28","dijk":"|fpotignb:62","directe":"|fpotignb:50","dit":"fpotignb:15,19|"};
