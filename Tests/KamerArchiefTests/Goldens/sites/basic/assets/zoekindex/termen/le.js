(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["le"] = {"legt":"|fr0mbcui:18","leidingen":"|fpotignb:8,26","leveringszekerheid":"_onderwerpen:3|"};
