(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["me"] = {"mededeling":"fpotignb:1|","met":"|fr0mbcui:6"};
