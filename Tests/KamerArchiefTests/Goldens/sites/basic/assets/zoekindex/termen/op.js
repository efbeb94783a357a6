(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})["op"] = {"op":"fpotignb:15,16","openstaan":"fpotignb:22","opschalen":"fr0mbcui:5","opschaling":"fpotignb:16","opslag":"fpotignb:8,59"};
