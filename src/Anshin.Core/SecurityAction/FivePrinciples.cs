namespace Anshin.Core.SecurityAction;

/// <summary>The five basic principles (情報セキュリティ5か条) in our own words.</summary>
public static class FivePrinciples
{
    /// <summary>The principles in their customary order.</summary>
    public static IReadOnlyList<Principle> All { get; } =
    [
        new(
            1,
            new("OSとソフトウェアを最新の状態に保つ", "Keep the OS and software up to date"),
            new(
                "修正プログラムが公開されたら後回しにせず適用し、サポートが終了した製品は使い続けません。",
                "Apply fixes as soon as they are released, and stop using products whose support has ended.")),
        new(
            2,
            new("ウイルス対策ソフトを入れ、定義ファイルを最新に保つ", "Use anti-malware software and keep its definitions current"),
            new(
                "業務で使うすべてのパソコンやサーバーに対策ソフトを入れ、定義ファイルが自動で更新されるようにします。",
                "Install anti-malware software on every work computer and server, and let its definitions update automatically.")),
        new(
            3,
            new("パスワードを強くし、使い回さない", "Use strong passwords and never reuse them"),
            new(
                "長く推測されにくいパスワードをサービスごとに別々に設定し、使えるところでは多要素認証も有効にします。",
                "Give every service its own long, hard-to-guess password, and turn on multi-factor authentication wherever it is offered.")),
        new(
            4,
            new("共有の設定を見直す", "Review who can reach shared data"),
            new(
                "クラウドサービスやネットワークにつながるプリンター・カメラ・NASの公開範囲を確かめ、退職した人や異動した人のアカウントはすぐに削除します。",
                "Check who can reach your cloud services and networked printers, cameras and storage, and remove the accounts of people who have left or moved on.")),
        new(
            5,
            new("脅威や攻撃の手口を知る", "Learn about threats and attack methods"),
            new(
                "公的機関などが発信する最新の手口を知り、社内で共有して、だまされにくい職場をつくります。",
                "Follow what public bodies report about current attacks and share it at work, so that no one is easily fooled.")),
    ];
}
