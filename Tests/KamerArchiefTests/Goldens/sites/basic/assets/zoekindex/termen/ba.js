(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["ba"] = {"bank":"_onderwerpen:5|","batterij":"|fr0mbcui:6"};
