(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["du"] = {"duren":"|fr0mbcui:12"};
