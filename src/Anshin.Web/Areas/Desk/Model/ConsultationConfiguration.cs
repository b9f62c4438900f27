using Anshin.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Desk.Model;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("Consultations");
        builder.HasIndex(c => c.ReceiptNumber).IsUnique();
        builder.HasIndex(c => new { c.Status, c.DueDate, c.Urgency, c.Id });
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });
        builder.HasIndex(c => c.ReceivedAt);
        builder.HasIndex(c => new { c.AssigneeId, c.Status });
        builder.HasIndex(c => c.ConsulterEmail);
        builder.HasIndex(c => c.ConsulterPhoneDigits);
        builder.HasIndex(c => new { c.ClosedAt, c.AnonymizedAt });
        builder.Property(c => c.ReceiptNumber).HasMaxLength(11);
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.Property(c => c.OperatingSystem).HasMaxLength(200);
        builder.Property(c => c.SecuritySoftware).HasMaxLength(200);
        builder.Property(c => c.CloudServices).HasMaxLength(500);
        builder.Property(c => c.WhatHappened).HasMaxLength(20_000);
        builder.Property(c => c.WhySuspected).HasMaxLength(5_000);
        builder.Property(c => c.OtherDesksAsked).HasMaxLength(1_000);
        builder.Property(c => c.NavigatorSymptom).HasMaxLength(200);
        builder.Property(c => c.NavigatorPath).HasMaxLength(1_000);
        builder.Property(c => c.ConsulterName).HasMaxLength(100);
        builder.Property(c => c.ConsulterEmail).HasMaxLength(254);
        builder.Property(c => c.ConsulterPhone).HasMaxLength(30);
        builder.Property(c => c.ConsulterPhoneDigits).HasMaxLength(20);
        builder.Property(c => c.ConsulterAddress).HasMaxLength(500);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.Property(c => c.AssigneeId).HasMaxLength(450);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Method).WithMany().HasForeignKey(c => c.MethodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutOfScopeReason>().WithMany().HasForeignKey(c => c.OutOfScopeReasonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.IsOpen);
    }
}
