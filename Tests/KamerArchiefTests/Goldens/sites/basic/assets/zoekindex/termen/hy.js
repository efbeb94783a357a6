(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["hy"] = {"hydrogen":"_onderwerpen:5|"};
