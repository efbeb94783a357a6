(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["kr"] = {"krachtenveld":"fpotignb:31|","kritieke":"_onderwerpen:3|","kritisch":"|fpotignb:28"};
