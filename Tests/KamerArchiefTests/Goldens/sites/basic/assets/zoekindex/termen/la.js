(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["la"] = {"landelijke":"|fr0mbcui:18","lang":"|fr0mbcui:12"};
