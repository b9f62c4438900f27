using System.Diagnostics.CodeAnalysis;
using Anshin.Core.Desk;
using Anshin.Web.Areas.Desk.Model;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Realistic made-up consultations for benchmarks and load tests: Japanese text per 手口, mixed channels and devices,
/// spread over the last ten years, older cases closed. Deterministic for a given seed.
/// </summary>
[SuppressMessage("Security", "CA5394", Justification = "Made-up benchmark data must be reproducible from a seed; nothing here is secret.")]
public sealed class SyntheticConsultations(int seed, DateTime endUtc, IReadOnlyDictionary<string, int> methodIds)
{
    private readonly Random random = new(seed);

    private static readonly (string Code, string[] What, string Why)[] Scenarios =
    [
        ("fake-warning-called", ["ニュースサイトを見ていたら「ウイルスに感染しました」と警告音とともに表示され、画面の番号に電話しました。", "サポートを名乗る相手に言われて遠隔操作ソフトを入れてしまいました。"], "大きな警告音が鳴り、マイクロソフトのロゴが出ていた"),
        ("fake-warning-paid", ["偽の警告画面の指示でサポート契約を結び、コンビニで電子マネーを買って番号を伝えました。", "後からサポート詐欺だと気づきました。返金できるでしょうか。"], "料金を払った後も連絡が続いた"),
        ("one-click", ["動画サイトの再生ボタンを押したら「登録完了」と表示され、料金の支払いを求められました。", "画面を閉じても請求画面が何度も出てきます。"], "身に覚えのない請求が表示された"),
        ("ransomware", ["事務所のパソコンのファイルが開けなくなり、拡張子が変わっていました。", "身代金を要求する英語のメッセージが残されていました。共有フォルダーも被害を受けています。"], "ファイルが暗号化されたと書かれていた"),
        ("phishing-password", ["銀行を名乗るメールのリンクからIDとパスワードを入力してしまいました。", "その後、ワンタイムパスワードも聞かれて入力しました。"], "送信元のアドレスが銀行のものではなかった"),
        ("phishing-card", ["通販サイトを装うSMSから、カード番号と有効期限を入力してしまいました。", "カード会社にはまだ連絡していません。"], "URLが正規のサイトと違っていた"),
        ("unauthorized-login", ["SNSに知らない場所からのログイン通知が届き、パスワードが変えられていました。", "友人に勝手にメッセージが送られているようです。"], "ログイン通知が届いた"),
        ("sms-delivery", ["宅配業者の不在通知を装うSMSのリンクを開き、アプリを入れてしまいました。", "自分の番号から同じSMSが大量に送られているようです。"], "通信料が急に増えた"),
        ("extortion-mail", ["「パソコンをハッキングして動画を撮った。ビットコインを払え」というメールが届きました。", "件名に以前使っていたパスワードが書かれていました。"], "パスワードが書かれていた"),
        ("malicious-app", ["スマートフォンに入れた懐中電灯アプリが広告を大量に表示します。", "アンインストールできません。"], "アプリを入れてから動作が遅い"),
        ("payment-misuse", ["スマホ決済で身に覚えのない支払いがありました。", "アカウントのメールアドレスが変更されていました。"], "利用履歴に知らない店があった"),
        ("virus", ["パソコンの動作が急に遅くなり、知らないソフトが起動するようになりました。", "セキュリティソフトが警告を出しています。"], "セキュリティソフトが検知した"),
    ];

    private static readonly string[] Systems = ["Windows 11", "Windows 10", "macOS 14", "iOS 17", "Android 14", "Android 13", "iPadOS 17", ""];

    public Consultation Next(ReceiptNumber receipt, DateTime receivedAt)
    {
        var s = Scenarios[random.Next(Scenarios.Length)];
        var ageDays = (endUtc - receivedAt).TotalDays;
        var status = ageDays > 30 ? Pick((CaseStatus.Closed, 88), (CaseStatus.OutOfScope, 6), (CaseStatus.Merged, 3), (CaseStatus.Spam, 3))
            : ageDays > 7 ? Pick((CaseStatus.Answered, 40), (CaseStatus.Closed, 50), (CaseStatus.InProgress, 10))
            : Pick((CaseStatus.New, 40), (CaseStatus.InProgress, 35), (CaseStatus.Answered, 25));
        var local = receivedAt.AddHours(9);
        var what = $"{local.Month}月{local.Day}日の{(local.Hour < 12 ? "午前" : "午後")}、{s.What[0]}{s.What[1]}{Clue(s.Code, receivedAt)}";
        var email = $"user{random.Next(1, 400_000)}@example.jp";
        var channel = Pick((Channel.Web, 45), (Channel.Email, 30), (Channel.Phone, 22), (Channel.Fax, 2), (Channel.Post, 1));
        var closed = status is CaseStatus.Closed or CaseStatus.OutOfScope or CaseStatus.Merged or CaseStatus.Spam;
        var answered = status is CaseStatus.Answered || closed;
        var due = DateOnly.FromDateTime(local).AddDays(7);
        var phone = channel == Channel.Phone ? $"090-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}" : null;
        var answerHours = random.Next(2, 24 * 6);
        return new Consultation
        {
            ReceiptNumber = receipt.ToString(),
            Channel = channel,
            ReceivedAt = receivedAt,
            Status = status,
            Urgency = Pick((Urgency.Normal, 85), (Urgency.High, 12), (Urgency.Urgent, 3)),
            MethodId = methodIds.TryGetValue(s.Code, out var id) ? id : null,
            Subject = IntakeService.Summary(what),
            DeviceType = s.Code is "sms-delivery" or "malicious-app" or "payment-misuse" ? DeviceType.Smartphone : Pick((DeviceType.Pc, 70), (DeviceType.Smartphone, 25), (DeviceType.Tablet, 5)),
            OperatingSystem = Systems[random.Next(Systems.Length)],
            WhatHappened = what,
            WhySuspected = s.Why,
            ConsulterEmail = channel is Channel.Phone or Channel.Fax or Channel.Post && random.Next(2) == 0 ? null : email,
            ConsulterPhone = phone,
            ConsulterPhoneDigits = phone?.Replace("-", "", StringComparison.Ordinal),
            ConsentedAt = receivedAt,
            DueDate = due,
            SlaOutcome = !answered ? SlaOutcome.Pending : random.Next(100) < 93 ? SlaOutcome.Met : SlaOutcome.Missed,
            FirstAnsweredAt = answered ? receivedAt.AddHours(answerHours) : null,
            FirstAnswerBusinessDays = answered ? answerHours * 5 / (24 * 7) : null,
            SlaPausedAt = status == CaseStatus.Answered ? receivedAt.AddDays(2) : null,
            ClosedAt = closed ? receivedAt.AddDays(random.Next(1, 20)) : null,
            UpdatedAt = receivedAt,
        };
    }

    /// <summary>
    /// What scam waves leave in the text: the number a fake warning showed, the domain of a phishing link, the card a
    /// fraudster asked for. Each month has its own few numbers and domains, so the indicators cluster as real waves do.
    /// </summary>
    private string Clue(string code, DateTime receivedAt)
    {
        var wave = ((receivedAt.Year * 12) + receivedAt.Month) * 7;
        var n = wave + random.Next(3);
        return code switch
        {
            "fake-warning-called" or "fake-warning-remote" => $"画面には「0120-{100 + (n % 900):000}-{(n * 37) % 1000:000}」に電話するよう書かれていました。",
            "fake-warning-paid" => $"Apple ギフトカードを{(random.Next(1, 6) * 10_000):N0}円分買うように言われ、コンビニで購入しました。",
            "phishing-password" or "phishing-card" => $"リンク先は https://secure-login-{n % 97}.example-{n % 13}.xyz/verify でした。",
            "sms-delivery" => $"送信元は「{(n % 2 == 0 ? "SAGAWA" : "KURONEKO")}」で、https://delivery-{n % 89}.example.top/ が書かれていました。",
            _ => "",
        };
    }

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
