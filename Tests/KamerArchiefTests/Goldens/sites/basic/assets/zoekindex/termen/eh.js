(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["eh"] = {"ehb":"_onderwerpen:5|"};
