(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["eu"] = {"european":"_onderwerpen:5|","europese":"fpotignb:1|"};
