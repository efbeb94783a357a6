(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["bo"] = {"bouw":"|fr0mbcui:6"};
