-- 0004: reference data every desk starts with — the 手口 taxonomy, the reasons the desk declines a consultation,
-- the referral directory and a few reply templates. All of it is editable in the admin area afterwards.

INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive") VALUES
    (NULL, 'fake-warning', '偽警告・サポート詐欺', 'Fake virus warnings / support scams', 10, TRUE),
    (NULL, 'one-click', 'ワンクリック請求', 'One-click billing fraud', 20, TRUE),
    (NULL, 'ransomware', 'ランサムウェア', 'Ransomware', 30, TRUE),
    (NULL, 'phishing', 'フィッシング', 'Phishing', 40, TRUE),
    (NULL, 'unauthorized-login', '不正ログイン', 'Unauthorised login', 50, TRUE),
    (NULL, 'account-takeover', 'アカウント乗っ取り', 'Account takeover', 60, TRUE),
    (NULL, 'virus', 'ウイルス感染', 'Virus infection', 70, TRUE),
    (NULL, 'sms-mail-fraud', 'SMS・メール詐欺', 'SMS and e-mail fraud', 80, TRUE),
    (NULL, 'malicious-app', '不正アプリ', 'Malicious apps', 90, TRUE),
    (NULL, 'payment-misuse', 'カード・スマホ決済の不正利用', 'Card and mobile-payment misuse', 100, TRUE),
    (NULL, 'defamation', '誹謗中傷', 'Defamation', 110, TRUE),
    (NULL, 'other', 'その他', 'Other', 999, TRUE);

INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive")
SELECT "Id", 'fake-warning-called', '表示された番号に電話した', 'Called the number shown', 1, TRUE FROM "Methods" WHERE "Code" = 'fake-warning';
INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive")
SELECT "Id", 'fake-warning-remote', '遠隔操作ソフトを入れられた', 'Let them install remote-control software', 2, TRUE FROM "Methods" WHERE "Code" = 'fake-warning';
INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive")
SELECT "Id", 'fake-warning-paid', '電子マネー・カードで支払った', 'Paid with e-money or a card', 3, TRUE FROM "Methods" WHERE "Code" = 'fake-warning';
INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive")
SELECT "Id", 'phishing-password', 'パスワードを入力した', 'Entered a password', 1, TRUE FROM "Methods" WHERE "Code" = 'phishing';
INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive")
SELECT "Id", 'phishing-card', 'カード番号を入力した', 'Entered a card number', 2, TRUE FROM "Methods" WHERE "Code" = 'phishing';
INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive")
SELECT "Id", 'sms-delivery', '宅配業者などを装うSMS', 'SMS posing as a delivery company', 1, TRUE FROM "Methods" WHERE "Code" = 'sms-mail-fraud';
INSERT INTO "Methods" ("ParentId", "Code", "NameJa", "NameEn", "SortOrder", "IsActive")
SELECT "Id", 'extortion-mail', '金銭を要求する脅迫メール', 'E-mail demanding money', 2, TRUE FROM "Methods" WHERE "Code" = 'sms-mail-fraud';

INSERT INTO "OutOfScopeReasons" ("NameJa", "NameEn", "SortOrder", "IsActive") VALUES
    ('法律の解釈についてのご相談', 'Questions of legal interpretation', 10, TRUE),
    ('電磁波・電波についての不安や苦情', 'Worries or complaints about electromagnetic waves', 20, TRUE),
    ('ネットサービスの品質や、約束した役務が提供されないことについてのご相談', 'Quality of an online service, or a service not delivered', 30, TRUE),
    ('契約や支払い方法についてのご相談', 'Contracts and methods of payment', 40, TRUE),
    ('特定の端末やログの調査のご依頼（調査行為全般）', 'Requests to examine a particular device or log', 50, TRUE),
    ('特定の製品・サービスの紹介や良し悪しのご質問', 'Recommending or rating particular products or services', 60, TRUE),
    ('他の組織への連絡・通報の仲介のご依頼', 'Contacting or mediating with other organisations', 70, TRUE),
    ('犯人の検挙や事件の捜査のご要望', 'Requests to arrest offenders or investigate a crime', 80, TRUE),
    ('パソコンやスマートフォンの基本的な操作方法のご案内', 'Basic operation of PCs and smartphones', 90, TRUE);

INSERT INTO "Referrals" ("Name", "Phone", "Url", "Hours", "Topics", "SortOrder", "IsActive") VALUES
    ('消費者ホットライン', '188', 'https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/', '窓口により異なります', '契約・支払い・返金などの消費者トラブル。お住まいの地域の消費生活センターなどにつながります。', 10, TRUE),
    ('警察相談専用電話', '#9110', 'https://www.gov-online.go.jp/useful/article/201309/2.html', '平日の日中（都道府県により異なります）', '犯罪や事件の被害の相談。緊急の場合は110番。', 20, TRUE),
    ('都道府県警察のサイバー犯罪相談窓口', '', 'https://www.npa.go.jp/bureau/cyber/soudan.html', '窓口により異なります', '不正アクセス、ネット詐欺などの被害の届出や相談。', 30, TRUE),
    ('フィッシング対策協議会', '', 'https://www.antiphishing.jp/', '', 'フィッシングサイトやフィッシングメールの情報提供。', 40, TRUE),
    ('法テラス（日本司法支援センター）', '0570-078374', 'https://www.houterasu.or.jp/', '平日・土曜の日中', '法律に関する問い合わせ先の案内。', 50, TRUE),
    ('違法・有害情報相談センター', '', 'https://ihaho.jp/', '', 'ネット上の書き込みによる誹謗中傷などの削除依頼の方法についての相談。', 60, TRUE),
    ('迷惑メール相談センター', '', 'https://www.dekyo.or.jp/soudan/', '', '迷惑メールについての相談や情報提供。', 70, TRUE);

INSERT INTO "ReplyTemplates" ("Title", "MethodId", "Body", "SortOrder", "IsActive", "UpdatedAt") VALUES
    ('一般的な回答の書き出し', NULL, '{氏名} 様

{窓口名}です。ご相談（相談番号 {相談番号}）をいただき、ありがとうございます。

（回答をここに書きます）

ご不明な点がありましたら、このメールに返信するか、お電話（{窓口電話}）でお問い合わせください。その際は相談番号をお知らせください。

{窓口名} {担当者}', 10, TRUE, '2026-01-01 00:00:00'),
    ('対象外のご案内', NULL, '{氏名} 様

{窓口名}です。ご相談（相談番号 {相談番号}）をいただき、ありがとうございます。

恐れ入りますが、いただいたご相談は当窓口でお受けしている内容の範囲外のため、お答えすることができません。次の窓口にご相談いただけますでしょうか。

{紹介先}

{窓口名} {担当者}', 90, TRUE, '2026-01-01 00:00:00');

INSERT INTO "ReplyTemplates" ("Title", "MethodId", "Body", "SortOrder", "IsActive", "UpdatedAt")
SELECT '偽警告（電話をかけていない場合）', "Id", '{氏名} 様

{窓口名}です。ご相談（相談番号 {相談番号}）をいただき、ありがとうございます。

ご覧になった「ウイルスに感染した」という画面は、ウェブサイトが表示している偽の警告です。パソコンが実際にウイルスに感染したことを示すものではありません。

・表示された電話番号には電話をかけないでください。
・ブラウザーを閉じれば表示は消えます。閉じられない場合は、キーボードの Ctrl + Alt + Delete からタスクマネージャーを開き、ブラウザーを終了してください。
・次にブラウザーを開いたときに同じ画面が出る場合は、前回のページを復元しないでください。

ご不明な点がありましたら、お電話（{窓口電話}）でもご相談いただけます。

{窓口名} {担当者}', 20, TRUE, '2026-01-01 00:00:00' FROM "Methods" WHERE "Code" = 'fake-warning';
