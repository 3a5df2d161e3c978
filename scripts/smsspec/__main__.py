from smsspec.cli import main

raise SystemExit(main())
