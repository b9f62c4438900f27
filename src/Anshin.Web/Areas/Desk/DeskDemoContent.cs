using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk;

/// <summary>A few consultations in different states, so a first <c>dotnet run</c> shows a working queue.</summary>
public sealed class DeskDemoContent(ReceiptNumbers receipts, DeskCalendar calendar, CaseDocument document, TimeProvider clock) : IDemoContent
{
    public int Order => 100;

    private static readonly (Channel Channel, DeviceType Device, string Os, string Method, Urgency Urgency, CaseStatus Status, int DaysAgo, string What, string Why)[] Cases =
    [
        (Channel.Web, DeviceType.Pc, "Windows 11", "fake-warning-called", Urgency.Urgent, CaseStatus.New, 0,
            "今日の昼ごろ、ニュースサイトを見ていたら突然「ウイルスに感染しました」と大きな音とともに表示され、画面に出ていた番号に電話しました。片言の日本語の人に言われるまま、ソフトをインストールしてしまいました。今も電話はつながったままです。",
            "警告音が鳴り、マイクロソフトのロゴが表示されていたためです。"),
        (Channel.Web, DeviceType.Smartphone, "Android 14", "sms-delivery", Urgency.Normal, CaseStatus.New, 1,
            "昨日の夜、宅配業者を名乗るSMSが届き、リンクを開いてアプリを入れてしまいました。その後、知らない相手に同じようなSMSが自分の番号から送られているようです。",
            "友人から「変なSMSが届いた」と言われました。"),
        (Channel.Phone, DeviceType.Pc, "Windows 10", "one-click", Urgency.Normal, CaseStatus.InProgress, 3,
            "動画サイトで再生ボタンを押したら「登録完了。料金9万8千円を3日以内に支払ってください」と表示された。詐欺ではないか。",
            "身に覚えのない請求のため。"),
        (Channel.Web, DeviceType.Pc, "macOS 14", "phishing-password", Urgency.High, CaseStatus.InProgress, 6,
            "銀行を名乗るメールのリンクから、ネットバンキングのIDとパスワードを入力してしまいました。まだお金は引き出されていません。",
            "入力した後で、メールの送信元アドレスが銀行のものではないと気付きました。"),
        (Channel.Web, DeviceType.Pc, "Windows 11", "ransomware", Urgency.High, CaseStatus.Answered, 8,
            "事務所のパソコンのファイルが開けなくなり、拡張子が変わって、身代金を要求するテキストファイルが置かれていました。",
            "画面に英語で「ファイルを暗号化した」と書かれています。"),
        (Channel.Web, DeviceType.Smartphone, "iOS 17", "extortion-mail", Urgency.Normal, CaseStatus.Closed, 20,
            "「あなたのパソコンをハッキングして恥ずかしい動画を撮った。ビットコインを払え」というメールが届きました。件名に昔使っていたパスワードが書かれていて不安です。",
            "パスワードが書かれていたためです。"),
        (Channel.Fax, DeviceType.Pc, "Windows 10", "unauthorized-login", Urgency.Normal, CaseStatus.OutOfScope, 30,
            "通販サイトに身に覚えのないログインがあり、注文が入っていた。代金を返してほしいので販売店に連絡してほしい。",
            "ログイン通知メールが届いたため。"),
    ];

    public async Task SeedAsync(AnshinDbContext db, CancellationToken ct)
    {
        if (await db.Set<Consultation>().AnyAsync(ct))
        {
            return;
        }

        var business = await calendar.GetAsync(ct);
        var methods = await db.Set<Method>().ToDictionaryAsync(m => m.Code, m => m.Id, ct);
        var now = clock.GetUtcNow();
        var i = 0;
        foreach (var d in Cases)
        {
            i++;
            var received = now.AddDays(-d.DaysAgo).AddHours(-i);
            var receipt = await receipts.NextAsync(ct);
            var c = new Consultation
            {
                ReceiptNumber = receipt.ToString(),
                Channel = d.Channel,
                ReceivedAt = received.UtcDateTime,
                Status = d.Status,
                Urgency = d.Urgency,
                MethodId = methods.GetValueOrDefault(d.Method),
                Subject = IntakeService.Summary(d.What),
                DeviceType = d.Device,
                OperatingSystem = d.Os,
                WhatHappened = d.What,
                WhySuspected = d.Why,
                ConsulterEmail = $"demo{i}@example.jp",
                ConsulterName = "デモ 利用者",
                ConsentedAt = received.UtcDateTime,
                DueDate = business.DueDate(received),
                UpdatedAt = received.UtcDateTime,
            };
            if (d.Status is CaseStatus.Answered or CaseStatus.Closed or CaseStatus.OutOfScope)
            {
                SlaClock.Pause(c, business, received.AddDays(2));
                c.ClosedAt = d.Status == CaseStatus.Answered ? null : received.AddDays(2).UtcDateTime;
            }

            db.Add(c);
            await db.SaveChangesAsync(ct);
            db.Add(new ConsultationEvent { ConsultationId = c.Id, OccurredAt = c.ReceivedAt, Kind = CaseEvents.Received, Detail = c.Channel.ToString() });
            await db.SaveChangesAsync(ct);
            await document.RefreshAsync(c.Id, ct);
        }
    }
}
